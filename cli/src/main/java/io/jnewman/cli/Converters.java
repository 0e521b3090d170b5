package io.jnewman.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;
import java.util.Set;

/** Option value checks: a bad value is a one-line error and exit 1 (newman 7's behaviour; 6.2.2 exited 0). */
final class Converters {
    private Converters() {
    }

    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n > 0) return n;
            } catch (NumberFormatException ignored) {
                // fall through to the message
            }
            throw new TypeConversionException("The value must be a positive integer.");
        }
    }

    /** --shard i/n, 1 <= i <= n. */
    static final class ShardSpec implements ITypeConverter<io.jnewman.run.Shard> {
        @Override
        public io.jnewman.run.Shard convert(String value) {
            try {
                return io.jnewman.run.Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class NonNegativeInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = new NonNegativeLong().convert(value);
            if (n > Integer.MAX_VALUE) throw new TypeConversionException("The value is too large.");
            return (int) n;
        }
    }

    static final class NonNegativeLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long n = Long.parseLong(value.trim());
                if (n >= 0) return n;
            } catch (NumberFormatException ignored) {
                // fall through to the message
            }
            throw new TypeConversionException("The value must be a positive integer.");
        }
    }

    /**
     * --timeout-script: 0 (none) or at least {@value #MIN_SCRIPT_TIMEOUT} ms. Shorter limits cannot run any script;
     * newman crashes at sandbox start with them, jnewman refuses them up front.
     */
    static final class ScriptTimeout implements ITypeConverter<Long> {
        static final long MIN_SCRIPT_TIMEOUT = 20;

        @Override
        public Long convert(String value) {
            long ms = new NonNegativeLong().convert(value);
            if (ms != 0 && ms < MIN_SCRIPT_TIMEOUT) {
                throw new TypeConversionException("--timeout-script " + ms + " is too short to run any script (minimum "
                        + MIN_SCRIPT_TIMEOUT + " ms, or 0 for no limit)");
            }
            return ms;
        }
    }

    /** An interval such as 30s, 5m, 1h or a number of seconds. */
    static final class Interval implements ITypeConverter<java.time.Duration> {
        @Override
        public java.time.Duration convert(String value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*([smh]?)").matcher(value.trim());
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new TypeConversionException("invalid interval '" + value + "', expected e.g. 30s, 5m or 1h");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "m" -> java.time.Duration.ofMinutes(n);
                case "h" -> java.time.Duration.ofHours(n);
                default -> java.time.Duration.ofSeconds(n);
            };
        }
    }

    static final class ColorMode implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (Set.of("on", "off", "auto").contains(v)) return v;
            throw new TypeConversionException("invalid value '" + value + "' for --color, expected on, off or auto");
        }
    }

    static final class BailModifier implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (Set.of("folder", "failure").contains(v)) return v;
            throw new TypeConversionException("invalid --bail modifier '" + value + "', expected folder or failure");
        }
    }

    static final class ProtocolVersion implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (Set.of("auto", "http1", "http2").contains(v)) return v;
            throw new TypeConversionException("invalid value '" + value + "' for --protocol-version, expected auto, http1 or http2");
        }
    }
}
