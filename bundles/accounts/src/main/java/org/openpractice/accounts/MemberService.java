package org.openpractice.accounts;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Members of the active account; managing them is for directors. */
@ProviderType
public interface MemberService {
    List<Member> members();

    Member member(String id);

    /** Changes role, permissions, activity or name; the last active director cannot be demoted or deactivated. */
    Member change(String id, MemberChange change);

    List<Invitation> invitations();

    /** Creates a single-use invitation valid for 7 days and e-mails its link through the system mailer. */
    Invitation invite(NewInvitation invitation);

    void revoke(String invitationId);

    /** Looks an invitation up by its secret token (from the e-mailed link). */
    InvitationPreview preview(String token);

    /** Accepts the invitation and signs the member in to the account. */
    SignedIn accept(String token, Acceptance acceptance, String clientAddress);
}
