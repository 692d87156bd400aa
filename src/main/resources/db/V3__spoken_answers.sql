-- How a spoken answer was delivered (Delivery as JSON: pace, fillers, pauses); null for a typed answer.
ALTER TABLE turns ADD COLUMN delivery TEXT;
