-- A sales tool every rep holds a seat on, and one closed named survey about it answered by every rep
-- (so as many respondents as reps: 10,000 at the default size). Runs after generate.sql.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO sales_tool (id, name, category, cost_per_seat_minor, seats_bought, renewal_date)
  VALUES ('00000000-0000-4000-8000-00000000b001', 'Bench CRM', 'CRM', 12000, (SELECT count(*) FROM rep), current_date + 45);
INSERT INTO tool_seat (id, tool_id, rep_id, starts_on) SELECT gen_random_uuid(), '00000000-0000-4000-8000-00000000b001', id, '2017-01-01' FROM rep;
INSERT INTO survey (id, series_id, wave, title, anonymous, min_answers, audience, opens_at, closes_at, published_at)
  VALUES ('00000000-0000-4000-8000-00000000b002', '00000000-0000-4000-8000-00000000b002', 1, 'Bench pulse', false, 5, 'SEAT_HOLDERS',
          '2017-09-01', '2017-09-15', '2017-09-01');
INSERT INTO survey_tool (survey_id, tool_id) VALUES ('00000000-0000-4000-8000-00000000b002', '00000000-0000-4000-8000-00000000b001');
INSERT INTO survey_question (id, survey_id, position, kind, prompt, required, options, tool_id, text_topic) VALUES
  ('00000000-0000-4000-8000-0000000b0001', '00000000-0000-4000-8000-00000000b002', 1, 'CSAT', 'How satisfied are you?', true, '{}', '00000000-0000-4000-8000-00000000b001', NULL),
  ('00000000-0000-4000-8000-0000000b0002', '00000000-0000-4000-8000-00000000b002', 2, 'NPS', 'Would you recommend it?', false, '{}', '00000000-0000-4000-8000-00000000b001', NULL),
  ('00000000-0000-4000-8000-0000000b0003', '00000000-0000-4000-8000-00000000b002', 3, 'SINGLE_CHOICE', 'Most used view?', false, '{Board,List,Calendar}', NULL, NULL),
  ('00000000-0000-4000-8000-0000000b0004', '00000000-0000-4000-8000-00000000b002', 4, 'MULTI_CHOICE', 'Used for?', false, '{Deals,Accounts,Reports}', NULL, NULL),
  ('00000000-0000-4000-8000-0000000b0005', '00000000-0000-4000-8000-00000000b002', 5, 'TEXT', 'What do you like?', false, '{}', NULL, 'LIKES'),
  ('00000000-0000-4000-8000-0000000b0006', '00000000-0000-4000-8000-00000000b002', 6, 'TEXT', 'What gets in your way?', false, '{}', NULL, 'DISLIKES');
INSERT INTO survey_response (id, survey_id, respondent_key, rep_id, team_id, submitted_on, submitted_at)
  SELECT gen_random_uuid(), '00000000-0000-4000-8000-00000000b002', md5(id::text), id, team_id, '2017-09-10', '2017-09-10' FROM rep;
CREATE TEMP TABLE response_no AS
  SELECT id, row_number() OVER (ORDER BY id) AS n FROM survey_response WHERE survey_id = '00000000-0000-4000-8000-00000000b002';
INSERT INTO survey_answer (id, response_id, question_id, score, choices, text)
  SELECT gen_random_uuid(), id, '00000000-0000-4000-8000-0000000b0001'::uuid, (1 + (n * 7 % 5))::smallint, NULL::text[], NULL::text FROM response_no
  UNION ALL SELECT gen_random_uuid(), id, '00000000-0000-4000-8000-0000000b0002', n * 3 % 11, NULL, NULL FROM response_no
  UNION ALL SELECT gen_random_uuid(), id, '00000000-0000-4000-8000-0000000b0003', NULL, ARRAY[(ARRAY['Board','List','Calendar'])[1 + n % 3]], NULL FROM response_no
  UNION ALL SELECT gen_random_uuid(), id, '00000000-0000-4000-8000-0000000b0004', NULL, ARRAY['Deals', 'Reports'], NULL FROM response_no WHERE n % 2 = 0
  UNION ALL SELECT gen_random_uuid(), id, '00000000-0000-4000-8000-0000000b0005', NULL, NULL, 'Fast search ' || (n % 50) FROM response_no WHERE n % 4 = 0
  UNION ALL SELECT gen_random_uuid(), id, '00000000-0000-4000-8000-0000000b0006', NULL, NULL, 'Slow sync ' || (n % 50) FROM response_no WHERE n % 5 = 0;
COMMIT;
ANALYZE;
