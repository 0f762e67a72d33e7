package org.plandesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP server, through Spring's {@link JavaMailSender} ({@code spring.mail.*}). Builds the MIME
 * message of an outbox row: HTML and plain-text alternatives, the attachment, and a Message-ID
 * derived from the outbox row, so every attempt to send one row carries the same id.
 */
@Component
class SmtpGateway {

  private final ObjectProvider<JavaMailSender> senders;
  private final NotificationProperties properties;

  SmtpGateway(ObjectProvider<JavaMailSender> senders, NotificationProperties properties) {
    this.senders = senders;
    this.properties = properties;
  }

  /** Whether a server is configured; Spring creates a sender even for an empty host. */
  boolean configured() {
    JavaMailSender sender = senders.getIfAvailable();
    return sender != null
        && (!(sender instanceof JavaMailSenderImpl impl) || StringUtils.hasText(impl.getHost()));
  }

  /** "host:port" of the server, or "not configured". */
  String describe() {
    if (!configured()) {
      return "not configured";
    }
    return senders.getObject() instanceof JavaMailSenderImpl impl
        ? impl.getHost() + ":" + impl.getPort()
        : "configured";
  }

  /** The Message-ID of the mail of an outbox row: the same for every attempt and every resend. */
  String messageId(OutboxMail mail) {
    String address = properties.fromAddress();
    String domain =
        address.contains("@") ? address.substring(address.lastIndexOf('@') + 1) : "plandesk.local";
    return "<plandesk."
        + mail.id()
        + "."
        + mail.createdAt().toEpochMilli()
        + "@"
        + HeaderText.singleLine(domain)
        + ">";
  }

  /** A connection for several mails; it connects on {@link SmtpConnection#open()}. */
  SmtpConnection connection() {
    return new SmtpConnection(senders.getObject());
  }

  /** The MIME message of an outbox row; no server is involved yet. */
  MimeMessage prepare(OutboxMail mail, MailAttachment attachment) throws MailPreparationException {
    MimeMessage message = senders.getObject().createMimeMessage();
    try {
      var helper =
          new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
      helper.setFrom(address(properties.fromAddress(), properties.fromName()));
      helper.setTo(address(mail.recipientAddress(), mail.recipientName()));
      helper.setSubject(HeaderText.subject(mail.subject()));
      helper.setText(mail.bodyText(), mail.bodyHtml());
      if (attachment != null) {
        helper.addAttachment(
            HeaderText.singleLine(attachment.fileName()),
            new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
      helper.setSentDate(new Date());
      message.setContentLanguage(new String[] {mail.language()});
      // RFC 3834: no auto-replies ("out of office") to PlanDesk's address.
      message.setHeader("Auto-Submitted", "auto-generated");
      // Kept when the message is saved (see SmtpConnection.send).
      message.setHeader("Message-ID", messageId(mail));
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException(
          "Mail " + mail.id() + " cannot be built: " + e.getMessage(), e);
    }
    return message;
  }

  private static InternetAddress address(String address, String name)
      throws UnsupportedEncodingException {
    return new InternetAddress(
        HeaderText.singleLine(address), HeaderText.singleLine(name), "UTF-8");
  }
}
