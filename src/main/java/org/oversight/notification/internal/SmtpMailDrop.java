package org.oversight.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends emails through the SMTP server of {@code spring.mail.*}, plain text with an HTML alternative. */
@Component
@ConditionalOnProperty(name = "oversight.mail.mode", havingValue = "smtp")
class SmtpMailDrop implements MailDrop {
    private final JavaMailSender sender;
    private final MailProperties properties;

    SmtpMailDrop(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, message.html() != null, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            if (message.html() != null) {
                helper.setText(message.text(), message.html());
            } else {
                helper.setText(message.text());
            }
            sender.send(mime);
        } catch (MessagingException e) {
            throw new MailSendException("Could not write the email to " + message.to(), e);
        }
    }
}
