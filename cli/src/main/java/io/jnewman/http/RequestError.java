package io.jnewman.http;

/**
 * Why a request got no response, in Node's terms because reports and scripts show them: {@code code} such as
 * ECONNREFUSED, ETIMEDOUT, ENOTFOUND, ESOCKETTIMEDOUT, CERT_HAS_EXPIRED; {@code message} as Node prints it, e.g.
 * "connect ECONNREFUSED 127.0.0.1:1".
 */
public record RequestError(String code, String message, String syscall, String address, Integer port) {
    public static RequestError of(String code, String message) {
        return new RequestError(code, message, null, null, null);
    }
}
