/**
 * Signed approval: the director's decisions that bind the library (a plan version's approval, a
 * grant request's approval, a yearly report's sign-off) are signed by re-entering the password at
 * that moment. {@link SigningGate} checks the password (and locks signing after repeated wrong
 * ones), {@link Signatures} records the signature manifest in the decision's own transaction and
 * checks it later; each feature says what its signed content is ({@link SignedContents}, in the
 * canonical form of {@link CanonicalJson}).
 */
package org.plandesk.signing;
