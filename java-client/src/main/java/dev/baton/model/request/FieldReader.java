package dev.baton.model.request;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How one field of a request object is read: a parser lists its fields as a table of these, in the
 * order their problems are reported, so the names, bounds and defaults stand in one place.
 *
 * @param <C> what the field's reading may need besides the object (the manifest, the tokens)
 */
record FieldReader<C>(String name, BiFunction<JsonFields, C, Optional<?>> read) {

    /** A whole number in {@code [min, max]}, {@code fallback} when absent. */
    static <C> FieldReader<C> integer(
            String name, BigInteger min, BigInteger max, BigInteger fallback) {
        return new FieldReader<>(name, (f, c) -> f.integerOr(name, min, max, fallback));
    }

    static <C> FieldReader<C> integer(String name, BigInteger min, BigInteger max, long fallback) {
        return integer(name, min, max, Uint.of(fallback));
    }

    /** A whole number in {@code [min, max]}, empty without a problem when absent. */
    static <C> FieldReader<C> optionalInteger(String name, BigInteger min, BigInteger max) {
        return new FieldReader<>(
                name,
                (f, c) ->
                        f.optional(name)
                                .flatMap(
                                        v ->
                                                JsonValues.integer(
                                                        v, f.path(name), f.problems(), min, max)));
    }

    static <C> FieldReader<C> bool(String name, boolean fallback) {
        return new FieldReader<>(name, (f, c) -> f.booleanOr(name, fallback));
    }

    static <C> List<String> names(List<FieldReader<C>> readers) {
        return readers.stream().map(FieldReader::name).toList();
    }

    /** Reads every field of {@code readers} from {@code f}, in their order. */
    static <C> FieldValues readAll(JsonFields f, C context, List<FieldReader<C>> readers) {
        FieldValues values = new FieldValues();
        for (FieldReader<C> reader : readers) {
            values.put(reader.name(), reader.read().apply(f, context));
        }
        return values;
    }
}
