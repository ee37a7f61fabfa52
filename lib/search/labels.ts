// Display labels shared by server and client components. The platform names live in the one format
// module (lib/domain/format.ts); prefer formatPlatform(id) to this table.
export { PLATFORM_NAMES as PLATFORM_LABEL } from "@/lib/domain/format";
