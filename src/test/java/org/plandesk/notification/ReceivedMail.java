package org.plandesk.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mail as GreenMail received it, taken apart the way a mail client shows it. */
public record ReceivedMail(
    MimeMessage message,
    String to,
    String subject,
    String text,
    String html,
    Map<String, byte[]> attachments,
    String language,
    String messageId,
    String source) {

  public static ReceivedMail of(MimeMessage message) {
    try {
      var parts = new Parts();
      parts.walk(message);
      String[] languages = message.getContentLanguage();
      var raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      return new ReceivedMail(
          message,
          ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress(),
          message.getSubject(),
          lf(parts.text),
          lf(parts.html),
          parts.attachments,
          languages == null ? null : languages[0],
          message.getMessageID(),
          raw.toString(StandardCharsets.UTF_8));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lf(String text) {
    return text == null ? null : text.replace("\r\n", "\n");
  }

  /** The user id of the recipient (the demo users' addresses are {@code <id>@library.example}). */
  public String user() {
    return to.substring(0, to.indexOf('@'));
  }

  private static final class Parts {
    String text;
    String html;
    final Map<String, byte[]> attachments = new LinkedHashMap<>();

    void walk(Part part) throws MessagingException, IOException {
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          walk(multipart.getBodyPart(i));
        }
      } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
          || part.getFileName() != null) {
        attachments.put(
            MimeUtility.decodeText(part.getFileName()), part.getInputStream().readAllBytes());
      } else if (part.isMimeType("text/plain")) {
        text = (String) part.getContent();
      } else if (part.isMimeType("text/html")) {
        html = (String) part.getContent();
      }
    }
  }
}
