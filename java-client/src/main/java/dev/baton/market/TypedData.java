package dev.baton.market;

import dev.baton.model.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standard EIP-712 JSON form ({@code types}, {@code primaryType}, {@code domain}, {@code
 * message}) that a {@link TypedDataSigner} signs. Its digest must equal the one computed by {@link
 * Vote#digest} or {@link Attestation#digest}; the tests check one against the other and both
 * against the contracts.
 */
final class TypedData {
    private final ObjectNode root = Json.MAPPER.createObjectNode();
    private final ArrayNode primaryFields;
    private final ObjectNode message;

    private TypedData(Eip712Domain domain, String primaryType) {
        ObjectNode types = root.putObject("types");
        ArrayNode domainFields = types.putArray("EIP712Domain");
        declare(domainFields, "name", "string");
        declare(domainFields, "version", "string");
        declare(domainFields, "chainId", "uint256");
        declare(domainFields, "verifyingContract", "address");
        primaryFields = types.putArray(primaryType);
        root.put("primaryType", primaryType);
        ObjectNode d = root.putObject("domain");
        d.put("name", domain.name());
        d.put("version", domain.version());
        d.put("chainId", domain.chainId().value());
        d.put("verifyingContract", domain.verifyingContract().lowerHex());
        message = root.putObject("message");
    }

    static TypedData of(Eip712Domain domain, String primaryType) {
        return new TypedData(domain, primaryType);
    }

    TypedData field(String name, String type, String value) {
        declare(primaryFields, name, type);
        message.put(name, value);
        return this;
    }

    TypedData field(String name, String type, long value) {
        declare(primaryFields, name, type);
        message.put(name, value);
        return this;
    }

    String json() {
        return Json.MAPPER.writeValueAsString(root);
    }

    private static void declare(ArrayNode list, String name, String type) {
        list.addObject().put("name", name).put("type", type);
    }
}
