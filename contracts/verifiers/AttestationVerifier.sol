// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IProofVerifier} from "../interfaces/IProofVerifier.sol";
import {TranscriptLib} from "../libraries/TranscriptLib.sol";

/// @title AttestationVerifier
/// @notice DEVNET STAND-IN for a validity-proof verifier. It checks no computation: the "proof" is the list of
/// leaf attestations, each an EIP-712 signature by the prover that produced that part of the proof tree over
/// (height, txOrderRoot, depth, index, partHash). It recovers the signers, checks that the parts cover the tree
/// exactly once and reports who produced what. In production this seam is a verifier of the MergeRollup circuit,
/// which aggregates the prover keys at each level of the tree as a public output. Do not use it where proofs matter.
/// @dev Stateless and shared by every market. Attestations are bound to the market that asks: their EIP-712 domain is
/// that market's own (name "Baton BlockMarket", version "1", chain id, verifyingContract = the calling market), so an
/// attestation for one market never verifies for another market with the same root. A part hash of zero is no part; in
/// a dispute the part itself is shown and its hash must be the one attested.
contract AttestationVerifier is IProofVerifier {
    /// @notice One leaf attestation (ERC-2098 compact signature).
    struct Attestation {
        uint8 depth;
        uint32 index;
        bytes32 partHash;
        bytes32 r;
        bytes32 vs;
    }

    /// @notice Most attestations in one proof (a 2^12-leaf tree).
    uint256 public constant MAX_ATTESTATIONS = 4096;

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant NAME_HASH = keccak256("Baton BlockMarket");
    bytes32 internal constant VERSION_HASH = keccak256("1");
    /// @notice EIP-712 type of a leaf attestation.
    bytes32 public constant ATTESTATION_TYPEHASH =
        keccak256("Attestation(uint256 height,bytes32 txOrderRoot,uint8 depth,uint32 index,bytes32 partHash)");

    error AttestationVerifierEmptyProof();
    error AttestationVerifierTooManyAttestations(uint256 count, uint256 maximum);
    error AttestationVerifierBadSignature(uint256 position);
    error AttestationVerifierZeroPartHash(uint256 position);

    /// @inheritdoc IProofVerifier
    /// @dev `proof` is `abi.encode(Attestation[])` in leaf order, signed in the calling market's domain.
    function verify(uint256 height, bytes32 txOrderRoot, uint8 treeDepth, bytes calldata proof)
        external
        view
        returns (Contribution[] memory contributions)
    {
        if (treeDepth > TranscriptLib.MAX_TREE_DEPTH) {
            revert TranscriptLib.TranscriptLibDepthTooLarge(treeDepth, TranscriptLib.MAX_TREE_DEPTH);
        }
        Attestation[] memory atts = abi.decode(proof, (Attestation[]));
        uint256 n = atts.length;
        if (n == 0) revert AttestationVerifierEmptyProof();
        if (n > MAX_ATTESTATIONS) revert AttestationVerifierTooManyAttestations(n, MAX_ATTESTATIONS);
        bytes32 separator = domainSeparatorOf(msg.sender);
        contributions = new Contribution[](n);
        uint256 cursor;
        for (uint256 i; i < n; ++i) {
            Attestation memory att = atts[i];
            (cursor,) = TranscriptLib.advance(cursor, i, att.depth, att.index, treeDepth);
            if (att.partHash == bytes32(0)) revert AttestationVerifierZeroPartHash(i);
            bytes32 digest = _digest(separator, height, txOrderRoot, att.depth, att.index, att.partHash);
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, att.r, att.vs);
            if (err != ECDSA.RecoverError.NoError) revert AttestationVerifierBadSignature(i);
            contributions[i] = Contribution({prover: signer, depth: att.depth, index: att.index});
        }
        uint256 leaves = uint256(1) << treeDepth;
        if (cursor != leaves) revert TranscriptLib.TranscriptLibTreeNotCovered(cursor, leaves);
    }

    /// @inheritdoc IProofVerifier
    /// @dev `part` is `abi.encode(bytes data, bytes32 r, bytes32 vs)`: the part itself, published on L1 by the dispute,
    /// and the prover's attestation over `partHash = keccak256(data)` for exactly the position the market asks about,
    /// signed in the calling market's domain. The attestation is bound to the part shown: a signature over any other
    /// hash, or an empty part, is refused.
    function verifyPart(
        uint256 height,
        bytes32 txOrderRoot,
        address prover,
        uint8 depth,
        uint32 index,
        bytes calldata part
    ) external view returns (bool) {
        (bytes memory data, bytes32 r, bytes32 vs) = abi.decode(part, (bytes, bytes32, bytes32));
        if (data.length == 0) return false;
        bytes32 digest = _digest(domainSeparatorOf(msg.sender), height, txOrderRoot, depth, index, keccak256(data));
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, r, vs);
        return err == ECDSA.RecoverError.NoError && signer == prover && prover != address(0);
    }

    /// @notice EIP-712 domain separator attestations for `market` are signed in (the market's own domain).
    function domainSeparatorOf(address market) public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, market));
    }

    /// @notice Digest a prover signs to attest part (`depth`, `index`) with hash `partHash` of block `height` of
    /// `market`.
    function attestationDigest(
        address market,
        uint256 height,
        bytes32 txOrderRoot,
        uint8 depth,
        uint32 index,
        bytes32 partHash
    ) external view returns (bytes32) {
        return _digest(domainSeparatorOf(market), height, txOrderRoot, depth, index, partHash);
    }

    function _digest(
        bytes32 separator,
        uint256 height,
        bytes32 txOrderRoot,
        uint8 depth,
        uint32 index,
        bytes32 partHash
    ) private pure returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(ATTESTATION_TYPEHASH, height, txOrderRoot, depth, index, partHash));
        return keccak256(abi.encodePacked("\x19\x01", separator, structHash));
    }
}
