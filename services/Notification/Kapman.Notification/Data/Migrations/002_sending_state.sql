-- At most once: a message is recorded SENDING in its own committed transaction before the SMTP call and marked SENT
-- after it. A row left SENDING (timeout, crash, failed update) may or may not have gone out: it is never re-sent
-- automatically and is shown as unknown. FAILED means the server refused it or could not be reached, so a retry may send it.
ALTER TABLE messages DROP CONSTRAINT messages_status_check;
ALTER TABLE messages ADD CONSTRAINT messages_status_check CHECK (status IN ('SENDING', 'SENT', 'FAILED', 'LOGGED'));
ALTER TABLE messages ADD COLUMN error text;
