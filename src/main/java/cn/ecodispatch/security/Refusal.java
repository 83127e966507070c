package cn.ecodispatch.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;

import cn.ecodispatch.shared.Problems;

/** Why a request is refused, as the person will read it: an HTTP status and a Chinese message. */
record Refusal(int status, String message) {

    static Refusal badInput(String message) {
        return new Refusal(HttpServletResponse.SC_BAD_REQUEST, message);
    }

    static Refusal forbidden(String message) {
        return new Refusal(HttpServletResponse.SC_FORBIDDEN, message);
    }

    void writeTo(Problems problems, HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatusCode.valueOf(status), message);
    }
}
