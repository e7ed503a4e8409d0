package dev.baton.internal.abi;

import dev.baton.errors.AbiDecodingException;
import dev.baton.events.EventDecoder;
import dev.baton.events.RawLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;

/**
 * Internal: an {@link EventDecoder} built from ABI event definitions (the generated wrappers'
 * {@code *_EVENT} constants): decodes indexed and data arguments in declaration order and hands
 * them to a record factory. A log whose topics or data do not have the event's shape throws {@link
 * AbiDecodingException}.
 */
public final class AbiEventDecoder<T> implements EventDecoder<T> {
    private final Map<String, Entry<? extends T>> byTopic = new HashMap<>();

    private record Entry<T>(Event event, Function<List<Object>, T> factory) {}

    public <E extends T> AbiEventDecoder<T> on(Event event, Function<List<Object>, E> factory) {
        byTopic.put(EventEncoder.encode(event), new Entry<>(event, factory));
        return this;
    }

    @Override
    public List<String> topic0s() {
        return List.copyOf(byTopic.keySet());
    }

    @Override
    public Optional<T> decode(RawLog log) {
        if (log.topics().isEmpty()) {
            return Optional.empty();
        }
        Entry<? extends T> entry = byTopic.get(log.topics().get(0));
        if (entry == null) {
            return Optional.empty();
        }
        List<Object> arguments;
        try {
            arguments = arguments(entry.event(), log);
        } catch (RuntimeException malformed) {
            // web3j throws unchecked exceptions of several kinds for data of the wrong length or
            // shape
            throw new AbiDecodingException(
                    entry.event().getName() + " log", log.topics() + " " + log.data(), malformed);
        }
        return Optional.of(entry.factory().apply(arguments));
    }

    /**
     * The indexed arguments of a log of {@code event}, as the wrapper's types give them (an address
     * as its hex string), for an event whose arguments are all indexed; empty when the log is of
     * another event or has not one topic per indexed argument.
     *
     * @throws AbiDecodingException naming the event and the topic when a topic does not decode
     */
    public static Optional<List<Object>> indexed(Event event, RawLog log) {
        List<String> topics = log.topics();
        List<TypeReference<Type>> indexed = event.getIndexedParameters();
        if (topics.size() != indexed.size() + 1
                || !topics.getFirst().equalsIgnoreCase(EventEncoder.encode(event))) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < indexed.size(); i++) {
            try {
                values.add(
                        FunctionReturnDecoder.decodeIndexedValue(topics.get(i + 1), indexed.get(i))
                                .getValue());
            } catch (RuntimeException malformed) {
                throw new AbiDecodingException(
                        event.getName() + " topic " + (i + 1), topics.get(i + 1), malformed);
            }
        }
        return Optional.of(values);
    }

    /** The event's arguments in declaration order, converted to Baton types. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Object> arguments(Event event, RawLog log) {
        List<Type> data =
                FunctionReturnDecoder.decode(log.data(), (List) event.getNonIndexedParameters());
        List<Object> out = new ArrayList<>();
        int topic = 1;
        int dataIndex = 0;
        for (TypeReference<Type> param : event.getParameters()) {
            Type value =
                    param.isIndexed()
                            ? FunctionReturnDecoder.decodeIndexedValue(
                                    log.topics().get(topic++), param)
                            : data.get(dataIndex++);
            out.add(toBatonValue(value));
        }
        return out;
    }

    private static Object toBatonValue(Type value) {
        if (value instanceof org.web3j.abi.datatypes.Address a) {
            return dev.baton.types.Address.of(a.getValue());
        }
        return value.getValue();
    }
}
