package dev.baton.cli.rollup;

import dev.baton.cli.OutputOptions;
import dev.baton.client.Baton;
import dev.baton.client.registry.GovernanceCall;
import dev.baton.client.registry.RegistryClient;
import dev.baton.tx.TxReceipt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** Schedules or executes one governance call and prints what happened. */
final class GovernanceRun {

    private GovernanceRun() {}

    static int run(
            String action,
            RegistryTarget connection,
            GovernanceOptions governance,
            OutputOptions output,
            BiFunction<RegistryClient, byte[], GovernanceCall> build) {
        byte[] salt = governance.salt();
        try (Baton baton = connection.connect()) {
            RegistryClient client = baton.registry();
            GovernanceCall call = build.apply(client, salt);
            TxReceipt receipt = governance.execute ? client.execute(call) : client.schedule(call);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("action", action);
            result.put("step", governance.execute ? "executed" : "scheduled");
            result.put("operationId", call.operationId());
            result.put("timelock", client.view().governance().toString());
            if (!governance.execute) {
                result.put("readyAt", client.view().operationReadyAt(call));
            }
            result.put("transaction", receipt.hash().toString());
            output.printer().result(result);
        }
        return 0;
    }
}
