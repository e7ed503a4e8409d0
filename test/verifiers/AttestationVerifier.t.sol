// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {AttestationVerifier} from "../../contracts/verifiers/AttestationVerifier.sol";
import {IProofVerifier} from "../../contracts/interfaces/IProofVerifier.sol";
import {TranscriptLib} from "../../contracts/libraries/TranscriptLib.sol";

contract AttestationVerifierTest is Test {
    AttestationVerifier internal verifier;
    bytes32 internal constant ROOT = keccak256("root");

    function setUp() public {
        verifier = new AttestationVerifier();
    }

    function _att(uint256 key, uint256 height, uint8 depth, uint32 index)
        internal
        view
        returns (AttestationVerifier.Attestation memory a)
    {
        a.depth = depth;
        a.index = index;
        a.partHash = keccak256(abi.encode(depth, index));
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, verifier.attestationDigest(address(this), height, ROOT, depth, index, a.partHash));
        a.r = r;
        a.vs = bytes32(uint256(s) | (uint256(v - 27) << 255));
    }

    function _leafProof(uint256 n, uint8 depth) internal view returns (AttestationVerifier.Attestation[] memory atts) {
        atts = new AttestationVerifier.Attestation[](n);
        for (uint256 i; i < n; ++i) {
            atts[i] = _att(100 + i, 5, depth, uint32(i));
        }
    }

    function test_reportsRecoveredSignerOfEveryPart() public view {
        IProofVerifier.Contribution[] memory c = verifier.verify(5, ROOT, 2, abi.encode(_leafProof(4, 2)));
        assertEq(c.length, 4);
        for (uint256 i; i < 4; ++i) {
            assertEq(c[i].prover, vm.addr(100 + i));
            assertEq(c[i].depth, 2);
            assertEq(c[i].index, i);
        }
    }

    function test_partsAtMixedDepthsCoverTheTree() public view {
        AttestationVerifier.Attestation[] memory atts = new AttestationVerifier.Attestation[](2);
        atts[0] = _att(1, 5, 1, 0);
        atts[1] = _att(2, 5, 1, 1);
        IProofVerifier.Contribution[] memory c = verifier.verify(5, ROOT, 3, abi.encode(atts));
        assertEq(c[1].prover, vm.addr(2));
    }

    function test_attestationForAnotherHeightReportsAnotherSigner() public view {
        AttestationVerifier.Attestation[] memory atts = _leafProof(2, 1);
        atts[1] = _att(101, 6, 1, 1); // signed for height 6
        IProofVerifier.Contribution[] memory c = verifier.verify(5, ROOT, 1, abi.encode(atts));
        assertTrue(c[1].prover != vm.addr(101));
    }

    function test_emptyProofRejected() public {
        AttestationVerifier.Attestation[] memory none = new AttestationVerifier.Attestation[](0);
        vm.expectRevert(AttestationVerifier.AttestationVerifierEmptyProof.selector);
        verifier.verify(5, ROOT, 0, abi.encode(none));
    }

    function test_tooManyAttestationsRejected() public {
        AttestationVerifier.Attestation[] memory many = new AttestationVerifier.Attestation[](4097);
        vm.expectRevert(
            abi.encodeWithSelector(AttestationVerifier.AttestationVerifierTooManyAttestations.selector, 4097, 4096)
        );
        verifier.verify(5, ROOT, 12, abi.encode(many));
    }

    function test_unrecoverableSignatureRejected() public {
        AttestationVerifier.Attestation[] memory atts = _leafProof(2, 1);
        atts[1].r = bytes32(0);
        vm.expectRevert(abi.encodeWithSelector(AttestationVerifier.AttestationVerifierBadSignature.selector, 1));
        verifier.verify(5, ROOT, 1, abi.encode(atts));
    }

    function test_duplicateGapAndUncoveredTreeRejected() public {
        AttestationVerifier.Attestation[] memory atts = _leafProof(4, 2);
        atts[2] = atts[1];
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibDuplicatePosition.selector, 2, 2, 1));
        verifier.verify(5, ROOT, 2, abi.encode(atts));
        atts = _leafProof(4, 2);
        atts[1] = atts[2];
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibPositionGap.selector, 1, 1, 2));
        verifier.verify(5, ROOT, 2, abi.encode(atts));
        AttestationVerifier.Attestation[] memory three = new AttestationVerifier.Attestation[](3);
        for (uint256 i; i < 3; ++i) {
            three[i] = _att(100 + i, 5, 2, uint32(i));
        }
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibTreeNotCovered.selector, 3, 4));
        verifier.verify(5, ROOT, 2, abi.encode(three));
    }

    function test_treeDeeperThanMaximumRejected() public {
        bytes memory proof = abi.encode(_leafProof(1, 0));
        vm.expectRevert(abi.encodeWithSelector(TranscriptLib.TranscriptLibDepthTooLarge.selector, 13, 12));
        verifier.verify(5, ROOT, 13, proof);
    }

    /// The dispute part of `_att`: the part's data (whose hash the attestation signs) and the signature.
    function _disputePart(AttestationVerifier.Attestation memory a) internal pure returns (bytes memory) {
        return abi.encode(abi.encode(a.depth, a.index), a.r, a.vs);
    }

    function test_verifyPartAcceptsOnlyTheSignerForThatPart() public view {
        AttestationVerifier.Attestation memory a = _att(7, 5, 3, 2);
        bytes memory part = _disputePart(a);
        assertTrue(verifier.verifyPart(5, ROOT, vm.addr(7), 3, 2, part));
        assertFalse(verifier.verifyPart(5, ROOT, vm.addr(8), 3, 2, part));
        assertFalse(verifier.verifyPart(5, ROOT, vm.addr(7), 3, 3, part));
        assertFalse(verifier.verifyPart(6, ROOT, vm.addr(7), 3, 2, part));
        assertFalse(verifier.verifyPart(5, keccak256("other"), vm.addr(7), 3, 2, part));
    }

    function test_domainIsTheCallingMarketsOwnDomain() public view {
        assertEq(
            verifier.domainSeparatorOf(address(this)),
            keccak256(
                abi.encode(
                    keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                    keccak256("Baton BlockMarket"),
                    keccak256("1"),
                    block.chainid,
                    address(this)
                )
            )
        );
    }

    /// Attestations signed for one market do not verify when another market (same root, same height) asks.
    function test_attestationForOneMarketDoesNotVerifyForAnother() public {
        AttestationVerifier.Attestation[] memory atts = _leafProof(4, 2);
        OtherMarket other = new OtherMarket(verifier);
        IProofVerifier.Contribution[] memory mine = verifier.verify(5, ROOT, 2, abi.encode(atts));
        IProofVerifier.Contribution[] memory theirs = other.verify(5, ROOT, 2, abi.encode(atts));
        for (uint256 i; i < 4; ++i) {
            assertEq(mine[i].prover, vm.addr(100 + i));
            assertTrue(theirs[i].prover != vm.addr(100 + i), "replayed attestation counted for another market");
        }
        AttestationVerifier.Attestation memory a = atts[1];
        bytes memory part = _disputePart(a);
        assertTrue(verifier.verifyPart(5, ROOT, vm.addr(101), 2, 1, part));
        assertFalse(other.verifyPart(5, ROOT, vm.addr(101), 2, 1, part));
    }

    function test_zeroPartHashRejectedInProofAndDispute() public {
        AttestationVerifier.Attestation[] memory atts = _leafProof(2, 1);
        atts[1].partHash = bytes32(0);
        (uint8 v, bytes32 r, bytes32 s_) =
            vm.sign(101, verifier.attestationDigest(address(this), 5, ROOT, 1, 1, bytes32(0)));
        atts[1].r = r;
        atts[1].vs = bytes32(uint256(s_) | (uint256(v - 27) << 255));
        vm.expectRevert(abi.encodeWithSelector(AttestationVerifier.AttestationVerifierZeroPartHash.selector, 1));
        verifier.verify(5, ROOT, 1, abi.encode(atts));
        assertFalse(verifier.verifyPart(5, ROOT, vm.addr(101), 1, 1, abi.encode(bytes(""), atts[1].r, atts[1].vs)));
    }

    /// A dispute shows the part itself: the attestation must be over that part's hash, not just any non-zero hash.
    function test_disputePartMustBeThePartTheAttestationSigned() public view {
        AttestationVerifier.Attestation memory a = _att(7, 5, 3, 2);
        assertTrue(verifier.verifyPart(5, ROOT, vm.addr(7), 3, 2, _disputePart(a)));
        // the same signature with other data (a part the prover never attested)
        assertFalse(verifier.verifyPart(5, ROOT, vm.addr(7), 3, 2, abi.encode(abi.encode(a.depth, a.index, 1), a.r, a.vs)));
        // the attested hash shown in place of the part
        assertFalse(verifier.verifyPart(5, ROOT, vm.addr(7), 3, 2, abi.encode(abi.encode(a.partHash), a.r, a.vs)));
        // another position's part under this position's signature
        assertFalse(verifier.verifyPart(5, ROOT, vm.addr(7), 3, 2, abi.encode(abi.encode(uint8(3), uint32(3)), a.r, a.vs)));
    }

    /// An empty part is no part, even with a signature over keccak256("").
    function test_emptyDisputePartRefused() public view {
        (uint8 v, bytes32 r, bytes32 s_) =
            vm.sign(7, verifier.attestationDigest(address(this), 5, ROOT, 3, 2, keccak256("")));
        bytes32 vs = bytes32(uint256(s_) | (uint256(v - 27) << 255));
        assertFalse(verifier.verifyPart(5, ROOT, vm.addr(7), 3, 2, abi.encode(bytes(""), r, vs)));
    }
}

/// A second caller of the shared verifier (stands in for another market).
contract OtherMarket {
    AttestationVerifier internal immutable _verifier;

    constructor(AttestationVerifier verifier_) {
        _verifier = verifier_;
    }

    function verify(uint256 height, bytes32 root, uint8 depth, bytes calldata proof)
        external
        view
        returns (IProofVerifier.Contribution[] memory)
    {
        return _verifier.verify(height, root, depth, proof);
    }

    function verifyPart(uint256 height, bytes32 root, address prover, uint8 depth, uint32 index, bytes calldata part)
        external
        view
        returns (bool)
    {
        return _verifier.verifyPart(height, root, prover, depth, index, part);
    }
}
