import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents from the API's printed schema: a schema change that breaks a screen breaks `tsc`.
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Role etc. as string unions, so they line up with the `Role` type of @zhzx/shared.
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: "unknown",
        scalars: { DateTimeISO: "string", JSON: "unknown", ID: "string" },
      },
    },
  },
};

export default config;
