import { graphql } from "../../../gql";

export const OpinionInstructionsQuery = graphql(`
  query OpinionInstructions($opinionId: ID!) {
    opinionInstructions(opinionId: $opinionId) {
      ...OpinionInstructionFields
    }
  }
`);
