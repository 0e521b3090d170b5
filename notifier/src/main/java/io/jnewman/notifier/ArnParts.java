package io.jnewman.notifier;

/** The fields of an ARN ({@code arn:partition:service:region:account:resource}) that console links need. */
public record ArnParts(String partition, String service, String region, String account, String resource) {

    public static ArnParts of(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn")) {
            throw new IllegalArgumentException("not an ARN: " + arn);
        }
        return new ArnParts(parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    /** The resource without its type: {@code build/project:id} gives {@code project:id}. */
    public String resourceId() {
        int slash = resource.indexOf('/');
        return slash < 0 ? resource : resource.substring(slash + 1);
    }
}
