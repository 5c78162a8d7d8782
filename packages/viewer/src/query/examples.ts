/** Example queries for the common questions (all read-only, all parameter-free). */
export interface ExampleQuery {
  title: string;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: "Who is quoted most",
    query:
      "MATCH (s)-[:SAID]->(c:Claim)\nWHERE s:Person OR s:Organization\nRETURN s.name AS speaker, count(c) AS claims\nORDER BY claims DESC LIMIT 20",
  },
  {
    title: "Who is talked about most",
    query: "MATCH (c:Claim)-[:ABOUT]->(t)\nRETURN t.name AS target, count(c) AS claims\nORDER BY claims DESC LIMIT 20",
  },
  {
    title: "Everything X said about Y",
    query:
      "MATCH (s:Person {name: 'Matthew Dunn'})-[r1:SAID]->(c:Claim)-[r2:ABOUT]->(t {name: 'Donald Trump'})\nRETURN s, r1, c, r2, t",
  },
  {
    title: "Who talks about Z",
    query:
      "MATCH (s)-[r1:SAID]->(c:Claim)-[r2:ABOUT]->(t:Person {name: 'Donald Trump'})\nRETURN s, r1, c, r2, t LIMIT 100",
  },
  {
    title: "Claims reported via an agency",
    query: "MATCH (c:Claim)-[v:VIA]->(o:Organization)\nRETURN c, v, o LIMIT 100",
  },
  {
    title: "People and their organizations",
    query: "MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organization)\nRETURN p, r, o LIMIT 200",
  },
  {
    title: "Articles by outlet",
    query: "MATCH (a:Article)\nRETURN a.source AS outlet, count(a) AS articles\nORDER BY articles DESC",
  },
];
