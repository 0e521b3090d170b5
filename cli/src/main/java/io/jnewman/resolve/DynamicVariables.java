package io.jnewman.resolve;

import net.datafaker.Faker;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Postman's dynamic variables ({{$guid}}, {{$timestamp}}, {{$randomFirstName}} …): the 118 names of
 * postman-collection's dynamic-variables.js. Values come from datafaker and look plausible rather than identical to
 * faker.js's. Each occurrence gets a fresh value.
 */
public final class DynamicVariables implements Function<String, String> {
    private static final String[] DIRECTORIES = {"/bin", "/boot", "/dev", "/etc", "/home/user", "/lib", "/opt",
            "/private/tmp", "/srv", "/tmp", "/usr/bin", "/usr/local/bin", "/usr/share", "/var/log", "/var/tmp"};
    private static final String[] LOCALES = {"en", "de", "fr", "es", "it", "ja", "ko", "nl", "pl", "pt", "ru", "sv",
            "tr", "zh", "ar", "hi"};
    private static final String[] DB_COLUMNS = {"id", "title", "name", "email", "phone", "token", "group", "category",
            "password", "comment", "avatar", "status", "createdAt", "updatedAt"};
    private static final String[] DB_TYPES = {"int", "varchar", "text", "date", "datetime", "boolean", "bigint",
            "decimal", "float", "timestamp", "json", "blob", "uuid"};
    private static final String[] DB_COLLATIONS = {"utf8_unicode_ci", "utf8_general_ci", "utf8_bin", "ascii_bin",
            "cp1250_general_ci", "utf8mb4_0900_ai_ci"};
    private static final String[] DB_ENGINES = {"InnoDB", "MyISAM", "MEMORY", "CSV", "ARCHIVE", "BLACKHOLE"};
    private static final String[] TRANSACTION_TYPES = {"deposit", "withdrawal", "payment", "invoice"};
    private static final String[] ACCOUNT_NAMES = {"Checking Account", "Savings Account", "Money Market Account",
            "Investment Account", "Home Loan Account", "Credit Card Account", "Auto Loan Account", "Personal Loan Account"};
    private static final String[] IMAGE_TOPICS = {"abstract", "animals", "business", "cats", "city", "food",
            "nightlife", "fashion", "people", "nature", "sports", "transport"};

    private final Faker faker = new Faker(Locale.ENGLISH);
    private final Map<String, Function<Faker, String>> generators = new HashMap<>();

    public DynamicVariables() {
        add("$guid", f -> UUID.randomUUID().toString());
        add("$timestamp", f -> Long.toString(Instant.now().getEpochSecond()));
        add("$isoTimestamp", f -> Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        add("$randomInt", f -> Integer.toString(ThreadLocalRandom.current().nextInt(0, 1001)));
        add("$randomUUID", f -> UUID.randomUUID().toString());
        add("$randomAlphaNumeric", f -> f.lorem().characters(1, true));
        add("$randomBoolean", f -> Boolean.toString(f.bool().bool()));
        add("$randomWord", f -> f.lorem().word());
        add("$randomWords", f -> String.join(" ", f.lorem().words(3)));
        add("$randomLocale", f -> pick(LOCALES));
        add("$randomPhoneNumber", f -> f.numerify("###-###-####"));
        add("$randomPhoneNumberExt", f -> f.numerify("##-###-###-####"));
        add("$randomDirectoryPath", f -> pick(DIRECTORIES));
        add("$randomFilePath", f -> pick(DIRECTORIES) + "/" + f.file().fileName(null, null, null, "/").replace("/", ""));
        // names
        add("$randomFirstName", f -> f.name().firstName());
        add("$randomLastName", f -> f.name().lastName());
        add("$randomFullName", f -> f.name().fullName());
        add("$randomNamePrefix", f -> f.name().prefix());
        add("$randomNameSuffix", f -> f.name().suffix());
        add("$randomJobTitle", f -> f.job().title());
        add("$randomJobDescriptor", f -> f.job().seniority());
        add("$randomJobArea", f -> f.job().field());
        add("$randomJobType", f -> f.job().position());
        // address
        add("$randomCity", f -> f.address().city());
        add("$randomStreetName", f -> f.address().streetName());
        add("$randomStreetAddress", f -> f.address().streetAddress());
        add("$randomCountry", f -> f.address().country());
        add("$randomCountryCode", f -> f.address().countryCode().toUpperCase(Locale.ROOT));
        add("$randomLatitude", f -> f.address().latitude());
        add("$randomLongitude", f -> f.address().longitude());
        // commerce and company
        add("$randomColor", f -> f.color().name());
        add("$randomDepartment", f -> f.commerce().department());
        add("$randomProductName", f -> f.commerce().productName());
        add("$randomProductAdjective", f -> f.commerce().productName().split(" ")[0]);
        add("$randomProductMaterial", f -> f.commerce().material());
        add("$randomProduct", f -> last(f.commerce().productName()));
        add("$randomCompanyName", f -> f.company().name());
        add("$randomCompanySuffix", f -> f.company().suffix());
        add("$randomCatchPhrase", f -> f.company().catchPhrase());
        add("$randomBs", f -> f.company().bs());
        add("$randomCatchPhraseAdjective", f -> f.company().catchPhrase().split(" ")[0]);
        add("$randomCatchPhraseDescriptor", f -> f.company().catchPhrase().split(" ")[1 % f.company().catchPhrase().split(" ").length]);
        add("$randomCatchPhraseNoun", f -> last(f.company().catchPhrase()));
        add("$randomBsAdjective", f -> f.company().bs().split(" ")[0]);
        add("$randomBsBuzz", f -> f.company().buzzword());
        add("$randomBsNoun", f -> last(f.company().bs()));
        // database
        add("$randomDatabaseColumn", f -> pick(DB_COLUMNS));
        add("$randomDatabaseType", f -> pick(DB_TYPES));
        add("$randomDatabaseCollation", f -> pick(DB_COLLATIONS));
        add("$randomDatabaseEngine", f -> pick(DB_ENGINES));
        // dates
        add("$randomDatePast", f -> jsDate(f.date().past(365, TimeUnit.DAYS).toInstant()));
        add("$randomDateFuture", f -> jsDate(f.date().future(365, TimeUnit.DAYS).toInstant()));
        add("$randomDateRecent", f -> jsDate(f.date().past(1, TimeUnit.DAYS).toInstant()));
        add("$randomMonth", f -> java.time.Month.of(ThreadLocalRandom.current().nextInt(1, 13))
                .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        add("$randomWeekday", f -> java.time.DayOfWeek.of(ThreadLocalRandom.current().nextInt(1, 8))
                .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        // finance
        add("$randomBankAccount", f -> f.number().digits(8));
        add("$randomBankAccountName", f -> pick(ACCOUNT_NAMES));
        add("$randomCreditCardMask", f -> f.number().digits(4));
        add("$randomPrice", f -> String.format(Locale.ROOT, "%.2f", f.number().randomDouble(2, 0, 1000)));
        add("$randomTransactionType", f -> pick(TRANSACTION_TYPES));
        add("$randomCurrencyCode", f -> f.money().currencyCode());
        add("$randomCurrencyName", f -> f.money().currency());
        add("$randomCurrencySymbol", f -> f.money().currencySymbol());
        add("$randomBitcoin", f -> "1" + f.regexify("[a-km-zA-HJ-NP-Z1-9]{33}"));
        add("$randomBankAccountIban", f -> f.finance().iban());
        add("$randomBankAccountBic", f -> f.finance().bic());
        // hacker
        add("$randomAbbreviation", f -> f.hacker().abbreviation());
        add("$randomAdjective", f -> f.hacker().adjective());
        add("$randomNoun", f -> f.hacker().noun());
        add("$randomVerb", f -> f.hacker().verb());
        add("$randomIngverb", f -> f.hacker().ingverb());
        add("$randomPhrase", f -> "If we " + f.hacker().verb() + " the " + f.hacker().noun() + ", we can get to the "
                + f.hacker().abbreviation() + " " + f.hacker().noun() + " through the " + f.hacker().adjective() + " "
                + f.hacker().abbreviation() + " " + f.hacker().noun() + "!");
        // images
        add("$randomAvatarImage", f -> "https://cloudflare-ipfs.com/ipfs/avatar/" + f.number().digits(4) + ".jpg");
        add("$randomImageUrl", f -> "http://placeimg.com/640/480");
        for (String topic : IMAGE_TOPICS) {
            String name = "$random" + Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + "Image";
            add(name, f -> "http://placeimg.com/640/480/" + topic);
        }
        add("$randomImageDataUri", f -> "data:image/svg+xml;charset=UTF-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org"
                + "%2F2000%2Fsvg%22%20version%3D%221.1%22%20baseProfile%3D%22full%22%20width%3D%22640%22%20height%3D%22480%22"
                + "%3E%3Crect%20width%3D%22100%25%22%20height%3D%22100%25%22%20fill%3D%22grey%22%2F%3E%3C%2Fsvg%3E");
        // internet
        add("$randomEmail", f -> f.internet().emailAddress());
        add("$randomExampleEmail", f -> f.internet().safeEmailAddress());
        add("$randomUserName", f -> f.internet().username());
        add("$randomProtocol", f -> f.bool().bool() ? "https" : "http");
        add("$randomUrl", f -> f.internet().url());
        add("$randomDomainName", f -> f.internet().domainName());
        add("$randomDomainSuffix", f -> f.internet().domainSuffix());
        add("$randomDomainWord", f -> f.internet().domainWord());
        add("$randomIP", f -> f.internet().ipV4Address());
        add("$randomIPV6", f -> f.internet().ipV6Address());
        add("$randomUserAgent", f -> f.internet().userAgent());
        add("$randomHexColor", f -> f.color().hex().toLowerCase(Locale.ROOT));
        add("$randomMACAddress", f -> f.internet().macAddress());
        add("$randomPassword", f -> f.internet().password(15, 16, true, false));
        // lorem
        add("$randomLoremWord", f -> f.lorem().word());
        add("$randomLoremWords", f -> String.join(" ", f.lorem().words(3)));
        add("$randomLoremSentence", f -> f.lorem().sentence());
        add("$randomLoremSlug", f -> String.join("-", f.lorem().words(3)));
        add("$randomLoremSentences", f -> String.join(" ", f.lorem().sentences(ThreadLocalRandom.current().nextInt(2, 7))));
        add("$randomLoremParagraph", f -> f.lorem().paragraph());
        add("$randomLoremParagraphs", f -> String.join("\n \r", f.lorem().paragraphs(3)));
        add("$randomLoremText", f -> f.lorem().paragraph());
        add("$randomLoremLines", f -> String.join("\n", f.lorem().sentences(ThreadLocalRandom.current().nextInt(1, 6))));
        // files and system
        add("$randomFileName", f -> f.file().fileName(null, null, null, "/").replace("/", ""));
        add("$randomFileType", f -> f.file().mimeType().split("/")[0]);
        add("$randomFileExt", f -> f.file().extension());
        add("$randomCommonFileName", f -> f.lorem().word() + "." + f.file().extension());
        add("$randomCommonFileType", f -> f.file().mimeType().split("/")[0]);
        add("$randomCommonFileExt", f -> f.file().extension());
        add("$randomMimeType", f -> f.file().mimeType());
        add("$randomSemver", f -> f.number().numberBetween(0, 10) + "." + f.number().numberBetween(0, 10) + "."
                + f.number().numberBetween(0, 10));
    }

    private void add(String name, Function<Faker, String> generator) {
        generators.put(name, generator);
    }

    public boolean has(String name) {
        return generators.containsKey(name);
    }

    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(generators.keySet());
    }

    /** A fresh value for {@code name} (with its leading '$'), or null for an unknown name. */
    @Override
    public String apply(String name) {
        Function<Faker, String> g = generators.get(name);
        return g == null ? null : g.apply(faker);
    }

    private static String pick(String[] values) {
        return values[ThreadLocalRandom.current().nextInt(values.length)];
    }

    private static String last(String phrase) {
        String[] words = phrase.split(" ");
        return words[words.length - 1];
    }

    /** JavaScript Date#toString form, as faker's dates print when substituted. */
    private static String jsDate(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss 'GMT'xx", Locale.ENGLISH)
                .format(instant.atZone(java.time.ZoneId.systemDefault())) + " (Coordinated Universal Time)";
    }
}
