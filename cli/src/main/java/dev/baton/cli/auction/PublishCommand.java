package dev.baton.cli.auction;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.client.auction.EpochSlotMap;
import dev.baton.client.auction.ScheduledSlot;
import dev.baton.tx.TxReceipt;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code baton auction publish EPOCH SLOT BATCH_HASH}: the entry hint comes from the off-chain
 * schedule.
 */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description =
                "Publish a batch hash in one of your slots (run it inside the slot's blocks).")
final class PublishCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Parameters(index = "0", description = "Epoch number.")
    long epoch;

    @Parameters(index = "1", description = "Slot number within the epoch.")
    int slot;

    @Parameters(index = "2", description = "Batch commitment: 32 bytes as 0x-prefixed hex.")
    String batchHash;

    @Override
    public void run() {
        byte[] hash = parseHash(batchHash);
        try (AuctionTarget.Signed signed = connection.signed()) {
            EpochSlotMap map = signed.sequencer().view().slotMap(epoch);
            ScheduledSlot scheduled = new ScheduledSlot(epoch, slot, map.entryOf(slot));
            TxReceipt receipt = signed.sequencer().publish(scheduled, hash);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("epoch", epoch);
            result.put("slot", slot);
            result.put("entry", scheduled.entry());
            result.put("block", receipt.blockNumber());
            result.put("tx", receipt.hash().toString());
            output.printer().result(result);
        }
    }

    static byte[] parseHash(String text) {
        String digits = text.startsWith("0x") ? text.substring(2) : text;
        if (!digits.matches("[0-9a-fA-F]{64}")) {
            throw new ConfigException("BATCH_HASH: '" + text + "' is not 32 bytes of hex");
        }
        return HexFormat.of().parseHex(digits);
    }
}
