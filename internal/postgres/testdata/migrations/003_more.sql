INSERT INTO applied (migration) VALUES (3);
INSERT INTO items (id, name) VALUES (1, 'first');
