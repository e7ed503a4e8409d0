package dev.baton.client.registry;

import dev.baton.events.RawLog;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.web3j.crypto.Hash;

/** Finds the {@code RollupRegistered} event in a receipt: id, owner and module are its three indexed topics. */
final class RegistrationEvents {

    static final String TOPIC = AbiWords.hex(Hash.sha3(
            RegistryCalls.ROLLUP_REGISTERED_EVENT.getBytes(StandardCharsets.UTF_8)));

    private RegistrationEvents() {}

    static Optional<Registration> find(TxReceipt receipt, Address registry) {
        return receipt.logs().stream()
                .filter(log -> log.address().equals(registry))
                .filter(log -> log.topics().size() == 4 && log.topics().getFirst().equalsIgnoreCase(TOPIC))
                .findFirst()
                .map(log -> registration(log, receipt));
    }

    private static Registration registration(RawLog log, TxReceipt receipt) {
        long id = AbiReader.of(AbiWords.bytes(log.topics().get(1))).uint64();
        Address owner = Address.of(AbiReader.of(AbiWords.bytes(log.topics().get(2))).address());
        Address module = Address.of(AbiReader.of(AbiWords.bytes(log.topics().get(3))).address());
        return new Registration(id, owner, module, receipt.hash());
    }
}
