package io.jnewman.run;

/**
 * Where the run is, in Newman's cursor terms: {@code position} of the item in the run's flattened list,
 * {@code iteration} (0-based), {@code length} items per iteration, {@code cycles} iterations,
 * {@code ref} a unique id per item execution (shared by its pm.sendRequest calls), {@code httpRequestId} per request.
 */
public record Cursor(int position, int iteration, int length, int cycles, String ref, String httpRequestId) {
    public boolean empty() { return length == 0; }
    public boolean bof() { return position == 0 && iteration == 0; }
    public boolean eof() { return position >= length - 1 && iteration >= cycles - 1; }
    public boolean cr() { return position == 0; }

    public Cursor withHttpRequestId(String id) {
        return new Cursor(position, iteration, length, cycles, ref, id);
    }
}
