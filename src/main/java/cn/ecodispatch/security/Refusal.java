package cn.ecodispatch.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.ecodispatch.shared.JsonErrors;

/** Why a request is refused, as the person will read it: an HTTP status and a Chinese message. */
record Refusal(int status, String message) {

    static Refusal badInput(String message) {
        return new Refusal(HttpServletResponse.SC_BAD_REQUEST, message);
    }

    static Refusal forbidden(String message) {
        return new Refusal(HttpServletResponse.SC_FORBIDDEN, message);
    }

    String error() {
        return switch (status) {
            case HttpServletResponse.SC_FORBIDDEN -> "无权办理";
            case HttpServletResponse.SC_CONFLICT -> "操作冲突";
            default -> "输入有误";
        };
    }

    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonErrors.write(request, response, status, error(), message);
    }
}
