package dev.interviewer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.stream.Stream;

/**
 * The server's JSON mapper: Jackson, except that a request body that is JSON {@code null} is a 400. Javalin's own
 * Jackson mapper does not allow a null result and fails with a NullPointerException (a 500).
 */
final class RequestJson implements JsonMapper {
    private final ObjectMapper mapper;
    private final JavalinJackson jackson;

    RequestJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.jackson = new JavalinJackson(mapper, false);
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        return jackson.toJsonString(obj, type);
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        return jackson.toJsonStream(obj, type);
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, OutputStream outputStream) {
        jackson.writeToOutputStream(stream, outputStream);
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        try {
            return required(mapper.readValue(json, mapper.constructType(targetType)));
        } catch (JsonProcessingException e) {
            throw sneaky(e);
        }
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type targetType) {
        try {
            return required(mapper.readValue(json, mapper.constructType(targetType)));
        } catch (IOException e) {
            throw sneaky(e);
        }
    }

    // Jackson's exceptions go on as they are: ErrorMapping turns them into 400s with the parser's message.
    @SuppressWarnings("unchecked")
    private static <E extends Exception> RuntimeException sneaky(Exception e) throws E {
        throw (E) e;
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw ApiException.badRequest("the request needs a JSON object, not null");
        }
        return value;
    }
}
