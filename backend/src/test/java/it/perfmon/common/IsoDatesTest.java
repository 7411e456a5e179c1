package it.perfmon.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IsoDatesTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void theApplicationsMapperReadsDatesWithTheShortPath() throws Exception {
        try (JsonParser parser = mapper.createParser("\"2021-03-31\"")) {
            DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createInstance(mapper.getDeserializationConfig(), parser, null);
            assertInstanceOf(IsoDates.class, context.findRootValueDeserializer(mapper.constructType(LocalDate.class)));
        }
        assertEquals(LocalDate.of(2021, 3, 31), mapper.readValue("\"2021-03-31\"", LocalDate.class));
    }

    @Test
    void everyDayOfFiveYearsReadsAsTheGeneralParserReadsIt() {
        for (LocalDate day = LocalDate.of(2019, 1, 1); day.isBefore(LocalDate.of(2025, 1, 1)); day = day.plusDays(1)) {
            assertEquals(day, parse(day.toString()));
        }
    }

    @Test
    void whatIsNotExactlyAValidDateIsLeftToTheGeneralParser() {
        for (String text : new String[] {"2021-02-29", "2020-13-01", "2021-04-31", "2021-00-10", "2021-01-00",
                "2021-1-01", "2021-01-1", "21-01-2021", "2021/01/01", "2021-01-01T00:00", "+2021-01-01", "２０２１-01-01",
                "2021-0a-01", " 2021-01-01", ""}) {
            assertNull(parse(text), text);
            boolean general;
            try {
                general = LocalDate.parse(text).toString().equals(text);
            } catch (DateTimeParseException e) {
                general = false;
            }
            assertEquals(false, general, text + " is a valid ISO date the short path refused");
        }
    }

    private static LocalDate parse(String text) {
        char[] padded = ("[[" + text + "]]").toCharArray();
        return IsoDates.parse(padded, 2, text.length());
    }
}
