#!/usr/bin/env python3
"""A real SMTP server for the notice tests (Debian package python3-aiosmtpd).

smtp_receiver.py FOLDER PORT (started by tests/support/SmtpReceiver.h): listens on
127.0.0.1:PORT, writes every message it accepts as FOLDER/NNNN.json (the envelope, and the
subject and text as Python's e-mail parser decodes them) before it answers 250, prints "ready"
once it listens, and stops when its standard input closes. Recipients at @reject.example are
refused for good (550).
"""

import email
import email.policy
import json
import os
import sys

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, folder):
        self.folder = folder

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@reject.example"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        count = len([n for n in os.listdir(self.folder) if n.endswith(".json")])
        path = os.path.join(self.folder, "%04d.json" % (count + 1))
        with open(path + ".tmp", "w", encoding="utf-8") as out:
            json.dump({
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "helo": session.host_name,
                "from": str(message["from"]),
                "to": str(message["to"]),
                "subject": str(message["subject"]),
                "content_type": message.get_content_type(),
                "charset": message.get_content_charset(),
                "body": message.get_content(),
            }, out, ensure_ascii=False)
        os.rename(path + ".tmp", path)
        return "250 2.0.0 Accepted"


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    controller = Controller(Keep(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
