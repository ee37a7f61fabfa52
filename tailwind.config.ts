import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from CSS; this file (loaded with @config in app/globals.css) keeps
// the content globs and the few brand tokens in one typed place.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6ff", 100: "#d9eaff", 500: "#2563eb", 600: "#1d4ed8", 700: "#1e40af" },
      },
    },
  },
} satisfies Config;
