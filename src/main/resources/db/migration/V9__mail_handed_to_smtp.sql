-- When the sender began handing a claimed mail to the SMTP server. A sender that dies after this
-- moment and before recording the server's answer leaves a mail that may or may not have been
-- delivered: it becomes UNCONFIRMED (an admin confirms or resends it) and is never sent again on
-- its own, so no mail goes out twice. A sender that dies before it leaves the mail due again.
ALTER TABLE mail_outbox ADD COLUMN handed_at TIMESTAMP;
