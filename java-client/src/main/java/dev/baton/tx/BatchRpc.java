package dev.baton.tx;

import dev.baton.errors.TransportException;
import dev.baton.types.TxHash;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.http.HttpService;

/**
 * JSON-RPC batches: many requests in one HTTP round trip, each answered (or failing) on its own.
 */
final class BatchRpc {
    /** Hardhat's automine is node-wide: one batch at a time may pause it. */
    private static final Object AUTOMINE = new Object();

    private final Web3j web3j;
    private final HttpService service;

    BatchRpc(Web3j web3j, HttpService service) {
        this.web3j = web3j;
        this.service = service;
    }

    @SuppressWarnings("unchecked")
    <R extends Response<?>, T> List<Outcome<T>> run(
            String method, List<? extends Request<?, R>> requests, Function<R, T> value) {
        if (requests.isEmpty()) {
            return List.of();
        }
        BatchRequest batch = web3j.newBatch();
        for (Request<?, R> request : requests) {
            batch.add(request);
        }
        List<? extends Response<?>> responses;
        try {
            responses = batch.send().getResponses();
        } catch (java.io.IOException e) {
            throw RpcErrors.fromIo(method + " batch", e);
        }
        if (responses.size() != requests.size()) {
            throw new TransportException(
                    method
                            + " batch: "
                            + requests.size()
                            + " requests but "
                            + responses.size()
                            + " answers",
                    false,
                    null,
                    null);
        }
        List<Outcome<T>> out = new ArrayList<>(responses.size());
        for (Response<?> response : responses) {
            R typed = (R) response;
            out.add(
                    typed.hasError()
                            ? Outcome.failed(RpcErrors.fromError(method, typed.getError()))
                            : Outcome.ok(value.apply(typed)));
        }
        return out;
    }

    List<Outcome<TxHash>> sendRaw(List<String> raws) {
        List<Outcome<TxHash>> out = new ArrayList<>();
        var requests = raws.stream().map(web3j::ethSendRawTransaction).toList();
        List<Outcome<String>> answers =
                run("eth_sendRawTransaction", requests, r -> r.getTransactionHash());
        for (int i = 0; i < raws.size(); i++) {
            Outcome<String> answer = answers.get(i);
            if (answer.isOk()) {
                out.add(Outcome.ok(TxHash.of(answer.value())));
            } else if (RpcErrors.isAlreadyKnown(answer.error().getMessage())) {
                out.add(Outcome.ok(TxHash.of(Hash.sha3(raws.get(i)))));
            } else {
                out.add(Outcome.failed(answer.error()));
            }
        }
        return out;
    }

    /**
     * Hardhat refuses batched transactions while automining: pause it, send, mine one block,
     * resume.
     */
    List<Outcome<TxHash>> sendOnHardhat(List<String> raws) {
        synchronized (AUTOMINE) {
            call("evm_setAutomine", List.of(false));
            try {
                return sendRaw(raws);
            } finally {
                try {
                    call("evm_mine", List.of());
                } finally {
                    call("evm_setAutomine", List.of(true));
                }
            }
        }
    }

    private void call(String method, List<?> params) {
        Web3jNode.send(method, new Request<>(method, params, service, Web3jNode.AnyResponse.class));
    }
}
