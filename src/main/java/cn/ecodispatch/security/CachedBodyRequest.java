package cn.ecodispatch.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

import cn.ecodispatch.shared.Problems;

/** A request whose body has been read once for inspection and can be read again by the next handler. */
final class CachedBodyRequest extends HttpServletRequestWrapper {

    /** The body is larger than the reader accepts; nothing was passed on. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("提交的内容超过 " + MAX_BYTES / 1024 / 1024 + "MB 的上限");
        }

        void writeTo(Problems problems, HttpServletRequest request, HttpServletResponse response) throws IOException {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, getMessage());
        }
    }

    /** A monthly report of a large unit is well below this; anything bigger sent to the engine is not a form. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request) throws IOException {
        super(request);
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new TooLargeException();
        }
        this.body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new TooLargeException();
        }
    }

    byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("同步读取的请求体不支持异步监听");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
