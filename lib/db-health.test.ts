import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-health";

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable database in the shapes Prisma, the adapter and pg report it", () => {
    expect(isDatabaseUnavailable({ name: "PrismaClientKnownRequestError", code: "P1001" })).toBe(true);
    expect(
      isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } } }),
    ).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable({ code: "57P01", message: "terminating connection due to administrator command" })).toBe(true);
  });

  it("does not mistake a wrong query for an outage", () => {
    expect(isDatabaseUnavailable({ code: "P2002", meta: { target: ["email"] } })).toBe(false);
    expect(isDatabaseUnavailable(new Error("relation \"nope\" does not exist"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
