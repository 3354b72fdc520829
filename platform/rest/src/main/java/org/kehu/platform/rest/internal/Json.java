package org.kehu.platform.rest.internal;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.ContactDraft;

/**
 * The one JSON mapping of the REST API: ISO-8601 dates, money amounts as
 * decimal strings, absent fields left out, and unknown fields rejected so that
 * a typo in a request is an error instead of a silently ignored value.
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(CustomerDraft.class, CustomerDraftMixin.class)
                .addMixIn(ContactDraft.class, ContactDraftMixin.class)
                .build();
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        // money arrives as a decimal string or a JSON number; other scalars keep their strict types
        mapper.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        return mapper;
    }

    /** A client may send back what it read: the read-only fields of a customer are accepted and ignored. */
    @JsonIgnoreProperties({"id", "number", "churnReason", "winBack", "createdAt", "createdBy", "updatedAt", "updatedBy"})
    abstract static class CustomerDraftMixin {
    }

    @JsonIgnoreProperties({"id", "customerId"})
    abstract static class ContactDraftMixin {
    }
}
