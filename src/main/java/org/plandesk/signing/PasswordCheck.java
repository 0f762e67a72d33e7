package org.plandesk.signing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Whether a password is a user's, compared with the hash the engine keeps, as the engine's own
 * check does (salt, then the engine's password manager), but without that check's side effect:
 * Camunda's {@code IdentityService.checkPassword} pauses a user's sign-in for seconds after each
 * wrong password (and locks the account after ten), so a mistyped signature would also refuse the
 * director's next request and count a right password typed at once as wrong. Signing has its own
 * lock-out ({@link SigningGate}); signing in keeps Camunda's.
 */
@Component
class PasswordCheck {

  private final ProcessEngineConfigurationImpl engine;

  PasswordCheck(ProcessEngine engine) {
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  boolean matches(String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    UserEntity user =
        engine
            .getCommandExecutorTxRequired()
            .execute(ctx -> ctx.getDbEntityManager().selectById(UserEntity.class, userId));
    if (user == null || user.getPassword() == null) {
      return false;
    }
    return engine
        .getPasswordManager()
        .check(EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
  }
}
