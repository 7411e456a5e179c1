package it.perfmon.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads {@code 2021-03-31} straight from its ten characters. A batch of 1.000 counts carries 2.000 dates, and the
 * general path (a {@code DateTimeFormatter} building a parse context per date) was the largest single cost of
 * parsing it. Anything that is not exactly a valid {@code yyyy-MM-dd} goes to Jackson's own deserializer, so every
 * error a client sees, and every leniency Jackson allows, stays what it was.
 */
public final class IsoDates extends StdScalarDeserializer<LocalDate> {

    private static final LocalDateDeserializer GENERAL = LocalDateDeserializer.INSTANCE;

    /** Registers the short path after Quarkus has registered Jackson's date module, so that it comes first. */
    @Singleton
    public static class Registration implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("iso-dates").addDeserializer(LocalDate.class, new IsoDates()));
        }

        @Override
        public int priority() {
            return MINIMUM_PRIORITY;
        }
    }

    IsoDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            LocalDate date = shortPath(parser);
            if (date != null) {
                return date;
            }
        }
        return GENERAL.deserialize(parser, context);
    }

    /**
     * The date the parser's current string writes as exactly a valid {@code yyyy-MM-dd}, or null when only the general
     * path may read it: for readers that stream a body themselves and leave anything unusual to data binding.
     */
    public static LocalDate shortPath(JsonParser parser) throws IOException {
        return parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }

    /** The date written as exactly {@code yyyy-MM-dd} and valid, or null for anything else. */
    static LocalDate parse(char[] text, int offset, int length) {
        if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
            return null;
        }
        int year = digits(text, offset, 4);
        int month = digits(text, offset + 5, 2);
        int day = digits(text, offset + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(char[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
