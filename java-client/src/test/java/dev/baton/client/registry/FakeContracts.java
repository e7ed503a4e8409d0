package dev.baton.client.registry;

import dev.baton.types.Address;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link ContractReader} answering fixed results per (contract, calldata); anything else is a
 * test error.
 */
final class FakeContracts implements ContractReader {

    private final Map<String, String> answers = new HashMap<>();

    FakeContracts answer(Address to, String data, String result) {
        answers.put(key(to, data), result);
        return this;
    }

    @Override
    public String call(Address to, String data) {
        String result = answers.get(key(to, data));
        if (result == null) {
            throw new AssertionError("unexpected call to " + to + " with " + data);
        }
        return result;
    }

    private static String key(Address to, String data) {
        return to.lowerHex() + ":" + data.toLowerCase();
    }
}
