package it.perfmon.count.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import it.perfmon.common.IsoDates;
import it.perfmon.count.CountComponent;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch of counts in one pass of Jackson's streaming parser, straight into its rows: no bean introspection,
 * no buffering of creator properties, dates by {@link IsoDates}' short path. Data binding was, after the insert, the
 * largest CPU cost of a batch on the request's thread. Only a batch written as the contract describes it is read
 * this way (the six fields of a row, each at most once and with its JSON type, dates as {@code yyyy-MM-dd}); at
 * anything else the reader gives up and the body is read again by the application's mapper exactly as Quarkus'
 * Jackson reader reads it, so that every error a client sees, and every leniency of Jackson, stays what it was.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class CountBatchReader implements MessageBodyReader<CountBatchRequest> {

    private static final CountComponent[] COMPONENTS = CountComponent.values();
    private static final int INDICATOR = 1;
    private static final int COMPONENT = 2;
    private static final int FROM = 4;
    private static final int TO = 8;
    private static final int UNIT = 16;
    private static final int VALUE = 32;

    private final ObjectReader reader;

    CountBatchReader(ObjectMapper mapper) {
        this.reader = mapper.reader().forType(CountBatchRequest.class);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == CountBatchRequest.class;
    }

    @Override
    public CountBatchRequest readFrom(Class<CountBatchRequest> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] json = body.readAllBytes();
        if (json.length == 0) {
            return null;
        }
        CountBatchRequest batch = readDirectly(json);
        return batch != null ? batch : readBound(json);
    }

    /** The batch as the contract writes it, read in one pass; null for anything else, however small the difference. */
    CountBatchRequest readDirectly(byte[] json) {
        try (JsonParser parser = reader.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !"rows".equals(parser.nextFieldName())
                    || parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<CountBatchRequest.Row> rows = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                CountBatchRequest.Row row = row(parser);
                if (row == null) {
                    return null;
                }
                rows.add(row);
            }
            // Nothing after the root object is read, as data binding reads nothing after it either.
            return token == JsonToken.END_ARRAY && parser.nextToken() == JsonToken.END_OBJECT
                    ? new CountBatchRequest(rows) : null;
        } catch (IOException | RuntimeException fault) {
            // Data binding meets the same fault and reports it as it always did.
            return null;
        }
    }

    private static CountBatchRequest.Row row(JsonParser parser) throws IOException {
        Long indicatorId = null;
        CountComponent component = null;
        LocalDate from = null;
        LocalDate to = null;
        String unit = null;
        BigDecimal value = null;
        int seen = 0;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            boolean isNull = token == JsonToken.VALUE_NULL;
            int field;
            switch (name) {
                case "indicatorId" -> {
                    field = INDICATOR;
                    if (token == JsonToken.VALUE_NUMBER_INT
                            && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                        indicatorId = parser.getLongValue();
                    } else if (!isNull) {
                        return null;
                    }
                }
                case "component" -> {
                    field = COMPONENT;
                    if (token == JsonToken.VALUE_STRING) {
                        component = component(parser);
                        if (component == null) {
                            return null;
                        }
                    } else if (!isNull) {
                        return null;
                    }
                }
                case "from" -> {
                    field = FROM;
                    from = date(parser, token);
                    if (from == null && !isNull) {
                        return null;
                    }
                }
                case "to" -> {
                    field = TO;
                    to = date(parser, token);
                    if (to == null && !isNull) {
                        return null;
                    }
                }
                case "territorialUnit" -> {
                    field = UNIT;
                    if (token == JsonToken.VALUE_STRING) {
                        unit = parser.getText();
                    } else if (!isNull) {
                        return null;
                    }
                }
                case "value" -> {
                    field = VALUE;
                    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                        value = parser.getDecimalValue();
                    } else if (!isNull) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
            if ((seen & field) != 0) {
                return null;
            }
            seen |= field;
        }
        return parser.currentToken() == JsonToken.END_OBJECT
                ? new CountBatchRequest.Row(indicatorId, component, from, to, unit, value) : null;
    }

    /** The component the text names exactly; data binding decides anything else (an index, another case). */
    private static CountComponent component(JsonParser parser) throws IOException {
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        for (CountComponent component : COMPONENTS) {
            if (spells(component.name(), text, offset, length)) {
                return component;
            }
        }
        return null;
    }

    private static boolean spells(String name, char[] text, int offset, int length) {
        if (name.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != text[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(JsonParser parser, JsonToken token) throws IOException {
        return token == JsonToken.VALUE_STRING ? IsoDates.shortPath(parser) : null;
    }

    /**
     * What Quarkus' Jackson reader does with a body: data binding with the application's mapper, a body of blanks
     * read as none, its faults passed on or turned into a 400 just as that reader does, for the same error mappers.
     */
    private CountBatchRequest readBound(byte[] json) throws IOException {
        try {
            return reader.readValue(new ByteArrayInputStream(json));
        } catch (MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No content")) {
                return null;
            }
            throw e;
        } catch (InvalidDefinitionException e) {
            throw e;
        } catch (StreamReadException | DatabindException | StreamConstraintsException e) {
            throw new WebApplicationException(e, Response.Status.BAD_REQUEST);
        }
    }
}
