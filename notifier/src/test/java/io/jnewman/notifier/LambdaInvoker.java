package io.jnewman.notifier;

/**
 * Does what the Lambda Java runtime does with the deployed jar: constructs the handler with its no-argument
 * constructor (settings from the environment) and passes it one payload, here from standard input.
 */
public final class LambdaInvoker {

    private LambdaInvoker() {
    }

    public static void main(String[] args) throws Exception {
        new NotifierHandler().handleRequest(System.in, System.out, null);
        System.out.flush();
    }
}
