-- The HTML part each email was sent with (issue 20 item 5), beside its plain text in body. Null for rows logged before HTML.
ALTER TABLE messages ADD COLUMN html text;
