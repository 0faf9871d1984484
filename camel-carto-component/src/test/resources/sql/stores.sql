SELECT name FROM `proj.ds.stores` WHERE city = @city
