import { describe, expect, it } from "vitest";
import { inviteEmail } from "@/lib/team/invite-email";

const base = {
  workspace: "Boulange",
  inviter: "marie@example.com",
  role: "editor" as const,
  url: "http://app.test/invite/inv_abc",
  expiresAt: new Date("2027-03-12T23:30:00Z"),
};

describe("inviteEmail", () => {
  it("writes English for an English-speaking inviter", () => {
    expect(inviteEmail({ ...base, locale: "en" })).toEqual({
      subject: "You are invited to Boulange on Social CM",
      text:
        'marie@example.com invited you to the workspace "Boulange" as editor.\n\n' +
        "Accept the invitation (the link works once and expires on March 12, 2027):\nhttp://app.test/invite/inv_abc\n",
    });
  });

  it("writes French, with French role names, dates and typography, for a French-speaking inviter", () => {
    expect(inviteEmail({ ...base, locale: "fr" })).toEqual({
      subject: "Invitation à rejoindre Boulange sur Social CM",
      text:
        "marie@example.com vous invite à rejoindre l’espace de travail «\u00a0Boulange\u00a0» en tant que rédacteur.\n\n" +
        "Acceptez l’invitation (le lien ne fonctionne qu’une fois et expire le 12 mars 2027)\u00a0:\n" +
        "http://app.test/invite/inv_abc\n",
    });
  });
});
