package org.plandesk.signing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.plandesk.system.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signature manifests: recorded by the complete listener of a signed task, in the same transaction
 * as the decision it signs (so there is never a decision without its manifest, nor the reverse),
 * read by the documents, the audit trail and the integrity check.
 */
@Service
public class Signatures {

  private final SigningRecords records;
  private final IdentityService identity;
  private final Map<String, SignedContents> contents;

  Signatures(SigningRecords records, IdentityService identity, List<SignedContents> contents) {
    this.records = records;
    this.identity = identity;
    this.contents =
        contents.stream().collect(Collectors.toMap(c -> c.signs().kind(), Function.identity()));
  }

  /**
   * Records the signature of the decision a task's completion makes. The signer is the one whose
   * password {@link SigningGate} checked for this very task on this thread; without one the
   * completion is refused ({@link SignatureRefused}, the task stays open).
   *
   * @param decision the director's decision as the form sent it (APPROVE, REQUEST_CHANGES, REJECT)
   */
  public SignatureManifest sign(DelegateTask task, SignedSubject subject, String decision) {
    VerifiedSigner signer =
        SigningGate.current(task.getId()).orElseThrow(SignatureRefused::notSigned);
    SignatureMeaning meaning =
        SignatureMeaning.ofDecision(decision)
            .orElseThrow(() -> new IllegalArgumentException("Not a decision: " + decision));
    String content = contentsOf(subject.kind()).canonical(subject.id());
    String contentSha256 = CanonicalJson.sha256(content);
    SignatureManifest unsealed =
        new SignatureManifest(
            0,
            subject,
            task.getId(),
            signer.userId(),
            nameOf(signer.userId()),
            roleOf(task, signer.userId()),
            meaning,
            signer.verifiedAt(),
            content,
            contentSha256,
            null);
    SignatureManifest sealed = with(unsealed, 0, CanonicalJson.sha256(unsealed.fields()));
    return with(sealed, records.insert(sealed), sealed.manifestSha256());
  }

  /** The manifests of these subjects of one kind, oldest first. */
  @Transactional(readOnly = true)
  public List<SignatureManifest> of(String kind, Collection<Long> ids) {
    return records.manifests(kind, ids);
  }

  /** The signature that approved a subject, if it was approved by a signature. */
  @Transactional(readOnly = true)
  public Optional<SignatureManifest> approvalOf(SignedSubject subject) {
    return records.manifests(subject.kind(), List.of(subject.id())).stream()
        .filter(m -> m.meaning() == SignatureMeaning.APPROVED)
        .reduce((first, second) -> second);
  }

  /** The refused signatures on these subjects of one kind, oldest first. */
  @Transactional(readOnly = true)
  public List<SigningFailure> failuresOf(String kind, Collection<Long> ids) {
    return records.failures(kind, ids);
  }

  /**
   * Checks a manifest again: its own hash, its content's hash, and for an approval whether the
   * subject's content stored now is still what was signed.
   */
  @Transactional(readOnly = true)
  public ManifestCheck check(SignatureManifest m) {
    boolean manifestIntact = CanonicalJson.sha256(m.fields()).equals(m.manifestSha256());
    boolean contentIntact = CanonicalJson.sha256(m.signedContent()).equals(m.contentSha256());
    Boolean currentIntact = null;
    if (m.meaning() == SignatureMeaning.APPROVED) {
      try {
        currentIntact =
            CanonicalJson.sha256(contentsOf(m.subject().kind()).canonical(m.subject().id()))
                .equals(m.contentSha256());
      } catch (DomainException gone) {
        currentIntact = false;
      }
    }
    return new ManifestCheck(m, manifestIntact, contentIntact, currentIntact);
  }

  /** Every manifest of these subjects, checked. */
  @Transactional(readOnly = true)
  public List<ManifestCheck> check(String kind, Collection<Long> ids) {
    return of(kind, ids).stream().map(this::check).toList();
  }

  private SignedContents contentsOf(String kind) {
    SignedContents c = contents.get(kind);
    if (c == null) {
      throw new IllegalStateException("No signed content of kind " + kind);
    }
    return c;
  }

  private String nameOf(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return name.isEmpty() ? userId : name;
  }

  /**
   * The role the signer signs in: the task's candidate group they belong to, else their first
   * group.
   */
  private String roleOf(DelegateTask task, String userId) {
    var auth = identity.getCurrentAuthentication();
    List<String> groups =
        auth != null && userId.equals(auth.getUserId()) && auth.getGroupIds() != null
            ? auth.getGroupIds()
            : identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && link.getGroupId() != null
          && groups.contains(link.getGroupId())) {
        return link.getGroupId();
      }
    }
    return groups.isEmpty() ? "" : groups.get(0);
  }

  /** The manifest with its id and its own hash. */
  private static SignatureManifest with(SignatureManifest m, long id, String hash) {
    return new SignatureManifest(
        id,
        m.subject(),
        m.taskId(),
        m.signerId(),
        m.signerName(),
        m.signerRole(),
        m.meaning(),
        m.signedAt(),
        m.signedContent(),
        m.contentSha256(),
        hash);
  }
}
