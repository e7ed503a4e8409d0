package dev.baton.cli.devnet;

import dev.baton.cli.Printer;
import dev.baton.devnet.deploy.DeploymentListener;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.TxHash;

/**
 * Prints a deployment as it goes: one line when a transaction is sent, one when it is confirmed,
 * one per kept entry.
 */
final class DeployProgress implements DeploymentListener {
    private final Printer printer;

    DeployProgress(Printer printer) {
        this.printer = printer;
    }

    @Override
    public void existing(String name, Address address) {
        printer.progress(
                "  " + name + ": kept at " + address + " (in the manifest, code on chain)");
    }

    @Override
    public void sent(String what, TxHash hash) {
        printer.progress("  " + what + ": sent " + hash);
    }

    @Override
    public void confirmed(String what, TxReceipt receipt) {
        printer.progress(
                "  "
                        + what
                        + ": confirmed in block "
                        + receipt.blockNumber()
                        + " ("
                        + receipt.hash()
                        + ")");
    }

    @Override
    public void alreadyDone(String what) {
        printer.progress("  " + what + ": already done on chain");
    }
}
