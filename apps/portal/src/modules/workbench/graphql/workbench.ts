import { graphql } from "../../../gql";

export const MyWorkbenchDocument = graphql(`
  query MyWorkbench {
    myWorkbench {
      isMember
      proposals
      proposalsFiled
      opinions
      opinionsAdopted
      meetingsAttended
      meetingsUpcoming
      nextMeeting {
        id
        title
        startsAt
        place
      }
      score
      rank
      unreadNotices
      news {
        id
        title
        url
        publishedAt
      }
    }
  }
`);
