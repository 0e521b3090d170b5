package io.jnewman.gate;

/**
 * Does what the Lambda Java runtime does with the deployed gate jar: constructs the handler with its no-argument
 * constructor (settings from the environment) and passes it one payload from standard input.
 */
public final class GateLambdaInvoker {

    private GateLambdaInvoker() {
    }

    public static void main(String[] args) throws Exception {
        new GateHandler().handleRequest(System.in, System.out, null);
        System.out.flush();
    }
}
