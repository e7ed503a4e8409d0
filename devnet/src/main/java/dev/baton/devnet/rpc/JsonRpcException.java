package dev.baton.devnet.rpc;

/** A JSON-RPC call failed: either the node answered with an error object, or it could not be reached. */
public final class JsonRpcException extends RuntimeException {

    /** JSON-RPC "method not found" (the standard code). */
    public static final int METHOD_NOT_FOUND = -32601;
    /** Hardhat 3's code for a method it does not support. */
    public static final int METHOD_NOT_SUPPORTED = -32004;

    private final String method;
    private final Integer code;

    private JsonRpcException(String method, Integer code, String message, Throwable cause) {
        super(message, cause);
        this.method = method;
        this.code = code;
    }

    static JsonRpcException fromNode(String method, String url, int code, String message) {
        return new JsonRpcException(method, code, method + " at " + url + " failed with code " + code + ": " + message, null);
    }

    static JsonRpcException transport(String method, String url, Throwable cause) {
        return new JsonRpcException(method, null, method + " at " + url + " could not be sent: " + cause, cause);
    }

    static JsonRpcException badReply(String method, String url, String detail) {
        return new JsonRpcException(method, null, method + " at " + url + " returned an unusable reply: " + detail, null);
    }

    public String method() {
        return method;
    }

    /** The node's error code, or {@code null} when the call never got an answer. */
    public Integer code() {
        return code;
    }

    /** True when the node does not implement the method (so a caller may fall back to another one). */
    public boolean isUnsupportedMethod() {
        return code != null && (code == METHOD_NOT_FOUND || code == METHOD_NOT_SUPPORTED);
    }
}
