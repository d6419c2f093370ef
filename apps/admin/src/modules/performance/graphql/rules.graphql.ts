import { graphql } from "../../../gql";

export const RuleFields = graphql(`
  fragment PerformanceRuleFields on PerformanceRuleType {
    id
    kind
    kindLabel
    points
    maxItems
    maxPointsPerYear
    enabled
    description
    sortOrder
  }
`);

export const RuleSetFields = graphql(`
  fragment PerformanceRuleSetFields on PerformanceRuleSetType {
    id
    name
    assessmentType
    effectiveFrom
    effectiveTo
    description
    grades {
      name
      minScore
    }
    showRankInPortal
    version
    deleted
    updatedAt
    rules {
      ...PerformanceRuleFields
    }
  }
`);

export const RuleSetsQuery = graphql(`
  query AdminPerformanceRuleSets($includeDeleted: Boolean!) {
    performanceRuleSets(includeDeleted: $includeDeleted) {
      ...PerformanceRuleSetFields
    }
  }
`);

export const RuleSetVersionsQuery = graphql(`
  query AdminPerformanceRuleSetVersions($ruleSetId: ID!) {
    performanceRuleSetVersions(ruleSetId: $ruleSetId) {
      id
      version
      name
      effectiveFrom
      effectiveTo
      deleted
      change
      changedByName
      createdAt
      grades {
        name
        minScore
      }
      rules {
        ...PerformanceRuleFields
      }
    }
  }
`);

export const CreateRuleSetMutation = graphql(`
  mutation AdminCreateRuleSet($input: CreatePerformanceRuleSetInput!) {
    createPerformanceRuleSet(input: $input) {
      ruleSet {
        ...PerformanceRuleSetFields
      }
      recomputedRuns {
        id
      }
    }
  }
`);

export const UpdateRuleSetMutation = graphql(`
  mutation AdminUpdateRuleSet($id: ID!, $input: UpdatePerformanceRuleSetInput!) {
    updatePerformanceRuleSet(id: $id, input: $input) {
      ruleSet {
        ...PerformanceRuleSetFields
      }
      recomputedRuns {
        id
      }
    }
  }
`);

export const DeleteRuleSetMutation = graphql(`
  mutation AdminDeleteRuleSet($id: ID!, $note: String) {
    deletePerformanceRuleSet(id: $id, note: $note) {
      ruleSet {
        id
        deleted
      }
      recomputedRuns {
        id
      }
    }
  }
`);

export const AddRuleMutation = graphql(`
  mutation AdminAddRule($ruleSetId: ID!, $input: PerformanceRuleInput!) {
    addPerformanceRule(ruleSetId: $ruleSetId, input: $input) {
      ruleSet {
        ...PerformanceRuleSetFields
      }
      recomputedRuns {
        id
      }
    }
  }
`);

export const UpdateRuleMutation = graphql(`
  mutation AdminUpdateRule($id: ID!, $input: UpdatePerformanceRuleInput!) {
    updatePerformanceRule(id: $id, input: $input) {
      ruleSet {
        ...PerformanceRuleSetFields
      }
      recomputedRuns {
        id
      }
    }
  }
`);

export const SetRuleEnabledMutation = graphql(`
  mutation AdminSetRuleEnabled($id: ID!, $enabled: Boolean!) {
    setPerformanceRuleEnabled(id: $id, enabled: $enabled) {
      ruleSet {
        ...PerformanceRuleSetFields
      }
      recomputedRuns {
        id
      }
    }
  }
`);

export const DeleteRuleMutation = graphql(`
  mutation AdminDeleteRule($id: ID!) {
    deletePerformanceRule(id: $id) {
      ruleSet {
        ...PerformanceRuleSetFields
      }
      recomputedRuns {
        id
      }
    }
  }
`);
