package it.perfmon.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Decimals leave the database with their column's scale (100.000000, 37787.0000); clients get them as people
 * write them (100, 37787, 188.935), never in exponent form.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("plain-decimals").addSerializer(BigDecimal.class, new PlainDecimal()));
        // 2.5 for an assessment step or a phase number is an error, never silently truncated to 2.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // {"code": "1.1", "code": "1.2"} means nothing certain: refused rather than keeping the last.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // A number or a boolean where a text is expected is a client's mistake, not a text to store.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    static final class PlainDecimal extends StdSerializer<BigDecimal> {

        PlainDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            BigDecimal stripped = value.stripTrailingZeros();
            gen.writeNumber((stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString());
        }
    }
}
