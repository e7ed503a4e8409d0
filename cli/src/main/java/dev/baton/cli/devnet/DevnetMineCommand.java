package dev.baton.cli.devnet;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.NodeOptions;
import dev.baton.devnet.rpc.DevnetControl;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Moves a devnet's chain forward so that block- and time-bound windows (bidding, seal, slots,
 * settlement, proposal, proof and dispute windows) can be reached on demand: the devnet mines a
 * block per transaction and nothing else. Devnet only, like the development keys: a real chain
 * advances by itself and has no {@code hardhat_mine}.
 */
@Command(
        name = "mine",
        mixinStandardHelpOptions = true,
        description = {
            "Devnet only: mine empty blocks and/or move the clock forward.",
            "Examples: `baton devnet mine --blocks 10`, `baton devnet mine --until-block 213`, "
                    + "`baton devnet mine --seconds 60` (one block, 60 s later)."
        })
public final class DevnetMineCommand implements Runnable {
    @Mixin OutputOptions output;

    @Mixin NodeOptions node;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = "--blocks", paramLabel = "N", description = "Mine N blocks.")
        Long blocks;

        @Option(
                names = "--until-block",
                paramLabel = "B",
                description =
                        "Mine until the head is block B (nothing when it is already there or beyond).")
        Long untilBlock;
    }

    @Option(
            names = "--seconds",
            paramLabel = "S",
            description =
                    "Move the clock S seconds forward first (the next mined block carries the new time); "
                            + "without --blocks or --until-block one block is mined.")
    Long seconds;

    @Override
    public void run() {
        if (target == null && seconds == null) {
            throw new ConfigException(
                    "devnet mine: give --blocks N, --until-block B or --seconds S");
        }
        if (target != null && target.blocks != null && target.blocks < 1) {
            throw new ConfigException("--blocks must be at least 1, was " + target.blocks);
        }
        if (seconds != null && seconds < 1) {
            throw new ConfigException("--seconds must be at least 1, was " + seconds);
        }
        String rpcUrl = node.rpcUrl();
        try (DevnetControl control = DevnetControl.connect(rpcUrl)) {
            mine(control, rpcUrl);
        }
    }

    private void mine(DevnetControl control, String rpcUrl) {
        long chainId = control.chainId();
        if (chainId != DeployCommand.DEVNET_CHAIN_ID) {
            throw new ConfigException(
                    "devnet mine runs only on a devnet (chain "
                            + DeployCommand.DEVNET_CHAIN_ID
                            + "); the node at '"
                            + rpcUrl
                            + "' is chain "
                            + chainId);
        }
        long before = control.blockNumber();
        long blocks = blocksToMine(before);
        if (seconds != null) {
            control.increaseTime(seconds);
        }
        if (blocks > 0) {
            control.mine(blocks);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mined", blocks);
        result.put("head", control.blockNumber());
        result.put("timestamp", control.latestBlockTimestamp());
        output.printer().result(result);
    }

    private long blocksToMine(long head) {
        if (target == null) {
            // --seconds alone: one block at the new time
            return 1;
        }
        if (target.blocks != null) {
            return target.blocks;
        }
        return Math.max(0, target.untilBlock - head);
    }
}
