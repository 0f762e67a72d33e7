package org.plandesk.notification;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One connection to the SMTP server, kept open across the mails of one run of the sender, so a mail
 * costs the message and not a new connection. {@link #open()} connects (or checks that the
 * connection still answers) before the sender records that it hands a mail over; {@link #send} then
 * only transfers the message. Failures come as Spring's mail exceptions, as {@link JavaMailSender}
 * gives them. A sender that is not Spring's own sends each message itself.
 */
class SmtpConnection implements AutoCloseable {

  private final JavaMailSender sender;
  private Transport transport;

  SmtpConnection(JavaMailSender sender) {
    this.sender = sender;
  }

  /**
   * Connects, unless the connection is open and answers; throws when the server cannot be reached.
   */
  void open() throws MailException {
    if (!(sender instanceof JavaMailSenderImpl impl)) {
      return;
    }
    try {
      if (transport != null && transport.isConnected()) {
        return;
      }
      close();
      transport =
          impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
      String user = emptyToNull(impl.getUsername());
      transport.connect(
          impl.getHost(), impl.getPort(), user, user == null ? null : impl.getPassword());
    } catch (AuthenticationFailedException e) {
      close();
      throw new MailAuthenticationException(e);
    } catch (MessagingException e) {
      close();
      throw new MailSendException("Mail server connection failed", e);
    }
  }

  /** Transfers the message over the open connection; throws when the server did not accept it. */
  void send(MimeMessage message) throws MailException {
    if (transport == null) {
      sender.send(message);
      return;
    }
    try {
      // As JavaMailSenderImpl does: saving the changes would replace an explicit Message-ID.
      String messageId = message.getMessageID();
      message.saveChanges();
      if (messageId != null) {
        message.setHeader("Message-ID", messageId);
      }
      Address[] to = message.getAllRecipients();
      transport.sendMessage(message, to == null ? new Address[0] : to);
    } catch (AuthenticationFailedException e) {
      close();
      throw new MailAuthenticationException(e);
    } catch (MessagingException e) {
      close();
      throw new MailSendException(Map.of(message, e));
    }
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // the server went away already
      }
      transport = null;
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
